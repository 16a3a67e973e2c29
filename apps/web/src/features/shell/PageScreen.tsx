import type { ReactNode } from "react";
import type { Route } from "../../app/routes.ts";
import { TopBar } from "./TopBar.tsx";

/**
 * The frame of every screen that is a page rather than the review grid (documents, terms,
 * settings): the top bar, a title with its one-line lead, the screen's own action on the right.
 */
export function PageScreen({ route, title, lead, action, children }: {
  route: Route;
  title: string;
  lead: ReactNode;
  /** The screen's main control beside the title: a button, a filter box. */
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="screen">
      <TopBar route={route} />
      <main className="page">
        <div className="page__header">
          <div>
            <h1 className="page__title">{title}</h1>
            <p className="muted">{lead}</p>
          </div>
          {action}
        </div>
        {children}
      </main>
    </div>
  );
}
