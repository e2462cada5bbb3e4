/**
 * The demo page's own logic that runs without a browser (the page itself: test/browser).
 */
import {describe, expect, it} from 'vitest'
import {countOf} from '../examples/src/count-of.js'

describe('countOf', () => {
  it('says 1 message, 0 and 2 messages', () => {
    expect(countOf(1, 'message', 'messages')).toBe('1 message')
    expect(countOf(0, 'message', 'messages')).toBe('0 messages')
    expect(countOf(2, 'quote', 'quotes')).toBe('2 quotes')
  })
})
