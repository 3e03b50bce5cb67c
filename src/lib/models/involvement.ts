/**
 * The reverse of `models:` lists: for each model name, the TILs and playbooks that name it, so a
 * model card can list the incidents and lessons involving it.
 */

/** What names a model. */
export interface Involvement<T, P> {
  tils: T[];
  playbooks: P[];
}

/**
 * Model name -> the TILs and playbooks whose `models:` list it, each list in the order given
 * (pass TILs newest first). A note that lists a name twice appears once.
 */
export function involvementByModel<T extends { models?: string[] }, P extends { models: string[] }>(
  tils: T[],
  playbooks: P[],
): Map<string, Involvement<T, P>> {
  const index = new Map<string, Involvement<T, P>>();
  const slot = (name: string) => {
    let found = index.get(name);
    if (!found) index.set(name, (found = { tils: [], playbooks: [] }));
    return found;
  };
  for (const til of tils) for (const name of new Set(til.models ?? [])) slot(name).tils.push(til);
  for (const playbook of playbooks) for (const name of new Set(playbook.models)) slot(name).playbooks.push(playbook);
  return index;
}
