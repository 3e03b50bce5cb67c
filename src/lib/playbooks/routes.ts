import { folderPageSlug } from '../models/routes.ts';
import { slugSegment } from '../routes.ts';

/** The slug of a playbook from its path inside `playbooks/`: `gpu-oom.md` gives `gpu-oom`. */
export const playbookSlug = folderPageSlug;

/** Site-relative URLs (without base) of playbooks. */
export const playbookUrls = {
  index: '/playbooks/',
  page: (slug: string) => `/playbooks/${slug}/`,
};

/** Id of a service's section on /playbooks/, `service-intent-api`. */
export function serviceAnchor(service: string): string {
  return `service-${slugSegment(service) || 'unnamed'}`;
}
