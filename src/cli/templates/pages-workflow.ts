/** Where the generated workflow builds from, relative to the repository root. */
export interface PagesWorkflowInput {
  /** The wiki folder relative to the repository root, `.` when it is the root. */
  contentDir: string;
}

/**
 * The GitHub Actions workflow that builds the wiki with `npx labbook build` and publishes it to
 * GitHub Pages: Labbook's own .github/workflows/deploy.yml, with the package's CLI instead of npm run.
 */
export function renderPagesWorkflow(input: PagesWorkflowInput): string {
  const build = input.contentDir === '.' ? 'npx labbook build' : `npx labbook build ${JSON.stringify(input.contentDir)}`;
  return `# Builds the wiki with Labbook and publishes it to GitHub Pages (Settings > Pages > Source: GitHub Actions).
# url and base come from labbook.yaml or, when it leaves them out, from the repository name.
# Written by "labbook init"; yours to edit.
name: Publish the wiki

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# One deployment at a time; a newer push waits instead of cancelling a half-finished deploy.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # Full history: "last updated" dates come from git log.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 24
          cache: npm
      # Installs exactly what package-lock.json records, Labbook included.
      - run: npm ci --no-audit --no-fund
      # After npm ci, which starts by deleting node_modules and so the cache folder inside it.
      - name: Build caches (rendered notes, highlighted code, Mermaid SVG)
        uses: actions/cache@v4
        with:
          path: node_modules/.cache/labbook
          key: labbook-\${{ runner.os }}-\${{ hashFiles('package-lock.json') }}-\${{ github.sha }}
          restore-keys: |
            labbook-\${{ runner.os }}-\${{ hashFiles('package-lock.json') }}-
      - uses: actions/configure-pages@v5
      - name: Build
        run: ${build}
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}
