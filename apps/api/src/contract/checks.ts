import { z } from "zod";
import { Severity } from "./common.ts";

export const CheckInfo = z
  .object({ id: z.string(), family: z.string(), severity: Severity, name: z.string(), description: z.string() })
  .meta({ id: "CheckInfo" });
export const CheckListResponse = z.object({ checks: z.array(CheckInfo) }).meta({ id: "CheckListResponse" });
