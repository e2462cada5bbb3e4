#!/usr/bin/env node
/**
 * CI's guard on accuracy: when the evaluation material is beside the project (`../shared/eval`),
 * score the built library on the development gold and the sealed packs and fail when a figure
 * falls below its floor, so that no change loses accuracy silently. Without the material it says
 * so and passes (the project must build and test without it).
 *
 * The floors are the levels reached so far (the library is deterministic: the same build gives the
 * same figures); raise them when a change raises the figures, never lower them to let one in.
 *
 * Usage: `npm run build && node scripts/score-floors.mjs`.
 */
import {existsSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = path.join(root, '../shared/eval')
const scorer = path.join(evalDir, 'score.mjs')

/** Floors per gold set: the figures of the scorer's last line. */
const floors = [
  {name: 'dev', args: [], floor: {span: 0.997, kind: 0.967, speaker: 0.933, structure: 1}},
  {name: 'dev-layout', args: ['--gold', path.join(evalDir, 'dev-layout')], floor: {span: 1, kind: 0.987, speaker: 0.95, structure: 1}},
  // (Lowered once, 0.862 -> 0.858, to name unnamed sources without their relative clause as the
  // annotation guide says, where this pack's gold keeps the clause; see CHANGELOG.)
  {name: 'blind A', args: ['--blind', path.join(evalDir, 'blind/heldout-a.pack')], floor: {span: 0.994, kind: 0.971, speaker: 0.886, structure: 1}},
  {name: 'blind layout', args: ['--blind', path.join(evalDir, 'blind/heldout-layout.pack')], floor: {span: 0.985, kind: 0.929, speaker: 0.903, structure: 0.971}},
  // The project's own articles (eval/synthetic/README.md); sets d, h, j, k, n, p, r, s, u, w, y, aa, ad, af, ah, ai, al, an, ap, as, at, au, av, ax, bb, be, bh, bm, bn, bq, br, bs, bt, bw, bx, ca, cb, cg, ch, ck, cl, co, cq, cs, cu, cw, cy, da, dc, de, dg, di, dk, dm and dn were never read for errors.
  ...[
    ['a', 0.974, 0.972],
    ['b', 0.972, 0.937],
    ['c', 0.983, 0.97],
    ['d', 0.963, 0.873],
    ['e', 0.987, 0.985],
    ['f', 0.959, 0.961],
    ['g', 0.99, 0.961],
    ['h', 0.95, 0.955],
    ['i', 0.973, 0.971],
    ['j', 0.995, 0.932],
    ['k', 0.941, 0.972],
    ['l', 0.977, 0.979],
    ['m', 0.967, 0.972],
    ['n', 0.971, 0.916],
    // (Lowered once, 0.978 -> 0.971: an unnamed source's `met een …` after its head is part of
    // its phrase, as the gold of `ae`, `ce` and `cm` has it, where one source in `o` leaves it out.)
    ['o', 0.95, 0.971],
    ['p', 0.98, 0.853],
    ['q', 0.979, 0.947],
    ['r', 0.948, 0.932],
    ['s', 0.967, 0.896],
    ['t', 0.947, 0.944],
    ['u', 0.986, 0.905],
    ['v', 0.987, 0.967],
    ['w', 0.975, 0.919],
    ['x', 0.971, 0.923],
    ['y', 0.966, 0.88],
    ['z', 0.977, 0.99],
    ['aa', 0.96, 0.863],
    ['ab', 0.966, 0.984],
    ['ac', 0.981, 0.953],
    ['ad', 0.977, 0.928],
    ['ae', 0.979, 0.839],
    ['af', 0.983, 0.885],
    ['ag', 0.985, 0.966],
    ['ah', 0.993, 0.898],
    ['ai', 0.979, 0.938],
    ['aj', 0.971, 0.976],
    ['ak', 0.973, 0.92],
    ['al', 0.972, 0.896],
    ['am', 0.98, 0.934],
    ['an', 0.971, 0.891],
    ['ao', 0.966, 0.924],
    ['ap', 0.964, 0.891],
    ['aq', 0.96, 0.907],
    ['ar', 0.987, 0.919],
    ['as', 0.993, 0.91],
    ['at', 0.954, 0.831],
    ['au', 0.98, 0.964],
    ['av', 0.986, 0.969],
    ['aw', 0.975, 0.935],
    ['ax', 0.958, 0.968],
    ['ay', 0.966, 0.914],
    ['az', 0.994, 0.973],
    ['ba', 0.979, 0.945],
    ['bb', 0.963, 0.965],
    ['bc', 0.994, 0.916],
    ['bd', 0.987, 0.879],
    ['be', 0.974, 0.956],
    ['bf', 0.975, 0.894],
    ['bg', 0.981, 0.937],
    ['bh', 0.974, 0.935],
    ['bi', 0.966, 0.818],
    ['bj', 0.961, 0.879],
    ['bk', 0.968, 0.895],
    ['bl', 0.967, 0.895],
    ['bm', 0.993, 0.923],
    ['bn', 0.976, 0.94],
    ['bo', 0.987, 0.972],
    ['bp', 0.975, 0.859],
    ['bq', 0.981, 0.928],
    ['br', 0.955, 0.89],
    ['bs', 0.975, 0.91],
    ['bt', 0.94, 0.877],
    ['bu', 0.993, 0.992],
    ['bv', 0.974, 0.971],
    ['bw', 0.968, 0.929],
    ['bx', 0.954, 0.933],
    ['by', 1, 0.987],
    ['bz', 0.971, 0.935],
    ['ca', 0.98, 0.907],
    ['cb', 0.948, 0.925],
    ['cc', 0.993, 0.946],
    ['cd', 0.966, 0.947],
    ['ce', 0.957, 0.923],
    ['cf', 0.96, 0.947],
    ['cg', 0.987, 0.887],
    ['ch', 0.934, 0.895],
    ['cj', 0.981, 0.965],
    ['ck', 0.952, 0.856],
    ['ci', 0.981, 0.886],
    ['cl', 0.974, 0.934],
    ['cm', 0.981, 0.944],
    ['co', 0.98, 0.865],
    ['cn', 0.976, 0.967],
    ['cp', 0.959, 0.962],
    ['cq', 0.905, 0.869],
    ['cr', 0.988, 0.89],
    ['cs', 0.982, 0.947],
    ['ct', 0.975, 0.944],
    ['cu', 0.948, 0.956],
    ['cv', 0.974, 0.828],
    ['cw', 0.969, 0.924],
    ['cx', 0.938, 0.912],
    ['cy', 0.988, 0.941],
    ['cz', 0.987, 0.917],
    ['da', 0.954, 0.925],
    ['db', 0.982, 0.897],
    ['dc', 0.975, 0.893],
    ['dd', 0.975, 0.923],
    ['de', 0.994, 0.878],
    ['df', 0.975, 0.91],
    ['dg', 0.98, 0.925],
    ['dh', 0.963, 0.918],
    ['di', 0.95, 0.849],
    ['dj', 0.962, 0.899],
    ['dk', 0.958, 0.888],
    ['dl', 0.97, 0.953],
    ['dm', 0.951, 0.953],
    ['dn', 0.974, 0.89]
  ].map(([set, kind, speaker]) => ({
    name: `synthetic ${set}`,
    args: ['--shared', path.join(root, 'eval/synthetic'), '--gold', path.join(root, 'eval/synthetic/gold', set)],
    // (Span F1 too: a build that finds no quote at all scores kind and speaker 1 on nothing.)
    floor: {span: 1, kind, speaker}
  }))
]

if (!existsSync(scorer)) {
  console.log('score floors: skipped (no ../shared/eval beside the project)')
  process.exit(0)
}

let failed = 0
for (const {name, args, floor} of floors) {
  const result = spawnSync(process.execPath, [scorer, ...args], {cwd: root, encoding: 'utf8'})
  const last = result.stdout.trim().split('\n').pop() ?? ''
  const figures = Object.fromEntries([...last.matchAll(/(span F1|kind|speaker|structure) (\d\.\d+)/g)].map((match) => [match[1] === 'span F1' ? 'span' : match[1], Number(match[2])]))
  const below = Object.entries(floor).filter(([key, value]) => !(figures[key] >= value))
  console.log(`${below.length > 0 ? 'BELOW' : 'ok'}  ${name.padEnd(12)} ${last}`)
  for (const [key, value] of below) console.log(`      ${key} ${figures[key] ?? 'missing'} < floor ${value}`)
  if (result.status !== 0 || below.length > 0) failed++
}
process.exit(failed > 0 ? 1 : 0)
