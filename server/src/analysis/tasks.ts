/** Which items are tasks, and their units. (Being written.) */
import { Config } from './config';
import { GongwenDocument, Task } from './model';

export function buildTasks(_doc: GongwenDocument, _config: Config): Task[] {
  return [];
}
