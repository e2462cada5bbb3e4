/**
 * The problems newsast found in the text, as a list; choosing one selects its place in the
 * text box, so that it can be fixed there.
 */
import type {VFileMessage} from 'vfile-message'

export function renderMessages(messages: readonly VFileMessage[], select: (start: number, end: number) => void): HTMLElement {
  const list = document.createElement('ol')
  list.className = 'messages'
  for (const message of messages) {
    const item = document.createElement('li')
    item.className = `message message--${message.fatal === false ? 'warning' : 'info'}`
    if (message.ruleId) item.dataset['rule'] = message.ruleId
    const place = message.place
    const start = place ? ('start' in place ? place.start : place) : undefined
    const end = place && 'end' in place ? place.end : start
    const where = document.createElement('button')
    where.type = 'button'
    where.className = 'message__place'
    where.textContent = start ? `${start.line}:${start.column}` : '–'
    if (start?.offset !== undefined) {
      where.addEventListener('click', () => select(start.offset!, end?.offset ?? start.offset!))
    } else where.disabled = true
    const rule = document.createElement('code')
    rule.textContent = message.ruleId ?? ''
    item.append(where, ` ${message.reason} `, rule)
    list.append(item)
  }
  if (messages.length === 0) {
    const item = document.createElement('li')
    item.className = 'empty'
    item.textContent = 'No messages.'
    list.append(item)
  }
  return list
}
