import edtf, { parse, defaults } from '/tmp/edtfnpm/node_modules/edtf/index.js'
import fs from 'fs'

function day(ms) {
  if (ms === null || ms === undefined) return String(ms)
  if (ms === Infinity) return '+Inf'
  if (ms === -Infinity) return '-Inf'
  if (Number.isNaN(ms)) return 'NaN'
  const d = new Date(ms)
  if (Number.isNaN(d.getTime())) return 'NaN(' + ms + ')'
  const y = d.getUTCFullYear()
  const ys = (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0')
  const m = String(d.getUTCMonth() + 1).padStart(2, '0')
  const dd = String(d.getUTCDate()).padStart(2, '0')
  const p2 = n => String(n).padStart(2, '0')
  const t = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3,'0')}`
  return `${ys}-${m}-${dd}` + (t !== '00:00:00.000' && t !== '23:59:59.999' ? 'T' + t : '')
}

const inputs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.length && !l.startsWith('#'))
for (let raw of inputs) {
  const s = raw === '<empty>' ? '' : raw.replace(/<sp>/g, ' ')
  let out
  try {
    const p = parse(s)
    let o
    try {
      o = edtf(s)
      out = [raw, 'OK', p.type, 'L' + p.level, day(o.min), day(o.max), o.edtf]
    } catch (e) {
      out = [raw, 'PARSED-BUT-THROWS', p.type, 'L' + p.level, '', '', e.message.replace(/\n.*/s, '')]
    }
  } catch (e) {
    out = [raw, 'ERR', '', '', '', '', e.message.split('\n')[0].slice(0, 120)]
  }
  console.log(out.join('\t'))
}
