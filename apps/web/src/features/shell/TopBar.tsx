import type { Route } from "../../app/routes.ts";
import { can } from "../auth/permissions.ts";
import { useSession } from "../auth/useSession.ts";

/** The bar on every signed-in screen: where you are, and who you are signed in as. */
export function TopBar({ route, children }: { route: Route; children?: React.ReactNode }) {
  const { user, logout } = useSession();
  return (
    <header className="topbar">
      <a className="brand" href="#/documents">Alinha</a>
      <nav className="topbar__nav" aria-label="Main">
        <a href="#/documents" aria-current={route.screen === "documents" || route.screen === "review" ? "page" : undefined}>Documents</a>
        <a href="#/terms" aria-current={route.screen === "terms" ? "page" : undefined}>Terms</a>
        <a href="#/settings" aria-current={route.screen === "settings" ? "page" : undefined}>Settings</a>
        {can(user, "delete-document") && <a href="#/trash" aria-current={route.screen === "trash" ? "page" : undefined}>Trash</a>}
      </nav>
      <div className="topbar__context">{children}</div>
      <div className="topbar__user" data-testid="current-user">
        <span className="topbar__name">{user.displayName}</span>
        <span className={`role role--${user.role}`}>{user.role}</span>
        <button className="button button--ghost" onClick={logout}>Sign out</button>
      </div>
    </header>
  );
}
