import { createContext } from "react";
import type { User } from "../../api/types.ts";

export interface Session {
  user: User;
  logout: () => void;
}

export const SessionContext = createContext<Session | null>(null);
