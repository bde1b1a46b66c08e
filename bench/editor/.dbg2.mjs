import { chromium } from 'playwright-core'
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { join, extname } from 'node:path'
const dir = '/tmp/policydesk-bench-editor-small'
const server = createServer(async (req, res) => { try { const p = new URL(req.url, 'http://x').pathname; const b = await readFile(join(dir, p === '/' ? 'index.html' : p)); res.writeHead(200, {'content-type': {'.js':'text/javascript','.html':'text/html','.css':'text/css'}[extname(p)] ?? (p==='/'?'text/html':'application/json')}); res.end(b) } catch { res.writeHead(404).end() } })
await new Promise(r => server.listen(0, r))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1100, height: 800 } })
await page.goto(`http://127.0.0.1:${server.address().port}/`)
await page.waitForFunction(() => window.policydeskBench?.marks.interactive)
await page.evaluate(() => { const e = window.policydeskBench.editor; e.commands.setContent({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sentence' }] }] }); e.commands.focus(); e.commands.setTextSelection(9) })
await page.keyboard.press('Control+Alt+f')
await page.keyboard.type('See')
const state = () => page.evaluate(() => { const e = window.policydeskBench.editor; const s = getSelection(); return { pm: e.state.selection.toJSON(), dom: s.anchorNode?.nodeName + ':' + (s.anchorNode?.textContent ?? '').slice(0, 20) + '@' + s.anchorOffset, html: document.querySelector('.ProseMirror p').outerHTML } })
console.log(await state())
await page.keyboard.press('Enter')
console.log(await state())
await page.keyboard.type('X')
console.log(await state())
await browser.close(); server.close()
