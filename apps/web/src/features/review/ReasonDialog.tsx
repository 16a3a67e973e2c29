import { Dialog } from "../shell/Dialog.tsx";
import { ReasonForm } from "../shell/ReasonForm.tsx";

/** Asks for a short text (a rejection comment, a dismissal reason) before an action. */
export function ReasonDialog({ title, label, action, required, onSubmit, onClose }: {
  title: string;
  label: string;
  action: string;
  required: boolean;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose} testId="reason-dialog">
      <ReasonForm label={label} action={action} required={required} rows={3} autoFocus onSubmit={onSubmit} onClose={onClose} />
    </Dialog>
  );
}
