// The piscina worker (align-pool.ts): one alignment per task.
import { runAlignTask, type AlignTask } from "./align-task.ts";

export default function align(task: AlignTask) {
  return runAlignTask(task);
}
