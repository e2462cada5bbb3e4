import type {Root} from './types.js'
export function attributeQuotes(_tree: Root, _quotes: unknown, _context: unknown): void {}
