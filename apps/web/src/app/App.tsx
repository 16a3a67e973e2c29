import { useMemo } from "react";
import { LoginScreen } from "../features/auth/LoginScreen.tsx";
import { SessionContext } from "../features/auth/SessionContext.ts";
import { useAuth } from "../features/auth/useAuth.ts";
import { DocumentsScreen } from "../features/documents/DocumentsScreen.tsx";
import { ReviewScreen } from "../features/review/ReviewScreen.tsx";
import { SettingsScreen } from "../features/settings/SettingsScreen.tsx";
import { TermsScreen } from "../features/terms/TermsScreen.tsx";
import { TrashScreen } from "../features/trash/TrashScreen.tsx";
import { useHashRoute } from "./useHashRoute.ts";

export function App() {
  const { state, signIn, signOut } = useAuth();
  const route = useHashRoute();
  const session = useMemo(
    () => (state.kind === "signed-in" ? { user: state.user, logout: signOut } : null),
    [state, signOut],
  );

  if (state.kind === "checking") return <div className="splash" aria-busy="true">Loading…</div>;
  if (!session) return <LoginScreen onSignedIn={signIn} />;
  return (
    <SessionContext.Provider value={session}>
      {route.screen === "documents" && <DocumentsScreen route={route} />}
      {route.screen === "terms" && <TermsScreen route={route} />}
      {route.screen === "settings" && <SettingsScreen route={route} />}
      {route.screen === "trash" && <TrashScreen route={route} />}
      {route.screen === "review" && <ReviewScreen key={route.documentId} route={route} />}
    </SessionContext.Provider>
  );
}
