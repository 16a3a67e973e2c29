import { z } from "zod";
import { User } from "./common.ts";

export const LoginBody = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(1000) })
  .meta({ id: "LoginBody" });
export type LoginBody = z.infer<typeof LoginBody>;

export const UserResponse = z.object({ user: User }).meta({ id: "UserResponse" });
export type UserResponse = z.infer<typeof UserResponse>;

/** What the login screen shows before anyone logs in: the demo accounts, if the server has any. */
export const LoginOptionsResponse = z
  .object({ demoAccounts: z.array(z.object({ username: z.string(), role: z.string() })) })
  .meta({ id: "LoginOptionsResponse" });
export type LoginOptionsResponse = z.infer<typeof LoginOptionsResponse>;
