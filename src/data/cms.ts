import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsConfig, cmsSettingsFromEnv } from '../lib/authoring/cms-config.ts';
import { contentRoot } from '../lib/content/root.ts';
import { sectionsFileSchema } from '../lib/validation/validate-archive.ts';

/** The sections an article may name (content/sections.json; validation has checked it before the build). */
export function loadSections(): string[] {
  return sectionsFileSchema.parse(JSON.parse(readFileSync(join(contentRoot(), 'sections.json'), 'utf8'))).sections;
}

/** The web editor's configuration for this build: the forge comes from CMS_* environment variables. */
export function loadCmsConfig(): Record<string, unknown> {
  return cmsConfig(loadSections(), cmsSettingsFromEnv(process.env));
}
