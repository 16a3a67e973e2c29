/** A line in the status bar: what just happened, or what went wrong. */
export interface Notice {
  text: string;
  tone: "info" | "error" | "success";
}

/** How anything reports to the status bar. */
export type Notify = (text: string, tone?: Notice["tone"]) => void;
