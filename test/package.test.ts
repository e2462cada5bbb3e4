/**
 * The manifest, for installs that build the package themselves: `npm install` from a git URL
 * (or a path) clones the repository, where `dist/` is not committed, and runs `prepare`. So
 * `prepare` must build, and the build must make every file that the manifest points users at.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = resolve(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  files: string[]
  main: string
  module: string
  types: string
  bin: Record<string, string>
  exports: Record<string, string | Record<string, Record<string, string>>>
}

/** Every file the manifest names for users: entry points, types and the command. */
function pointedAt(): string[] {
  const paths = [manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin)]
  for (const target of Object.values(manifest.exports)) {
    if (typeof target === 'string') paths.push(target)
    else for (const condition of Object.values(target)) paths.push(...Object.values(condition))
  }
  return [...new Set(paths)]
}

describe('package.json', () => {
  it('builds on install from git: `prepare` runs the build', () => {
    expect(manifest.scripts['prepare']).toBe('npm run build')
    expect(manifest.scripts['build']).toMatch(/\btsup$/)
  })

  it('points users only at files under `files` that the build makes', () => {
    const built = pointedAt().filter((path) => path !== './package.json')
    expect(built.length).toBeGreaterThan(4)
    for (const path of built) expect(path, `${path} is outside dist/`).toMatch(/^\.\/dist\//)
    expect(manifest.files).toEqual(['dist'])
    // The build's own outputs, named in tsup.config.ts: checked when dist/ is there.
    if (existsSync(join(root, 'dist'))) for (const path of built) expect(existsSync(join(root, path)), `${path} is missing after the build`).toBe(true)
  })

  it('runs the command with a shebang, so `npx newsast` works on a fresh install', () => {
    const cli = join(root, manifest.bin['newsast']!)
    if (!existsSync(cli)) return
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})

describe('the shipped code', () => {
  it('points nowhere outside the repository (no `../shared`, which users do not have)', () => {
    const files = readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(40)
    for (const name of files) expect(readFileSync(join(root, 'src', name), 'utf8'), `src/${name}`).not.toMatch(/\.\.\/shared|CONTRACT\.md/)
    for (const name of ['index.d.ts', 'index.d.cts']) {
      const file = join(root, 'dist', name)
      if (existsSync(file)) expect(readFileSync(file, 'utf8'), `dist/${name}`).not.toMatch(/\.\.\/shared|CONTRACT\.md/)
    }
  })
})
