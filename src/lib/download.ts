/** Saves text as a file the browser downloads. A UTF-8 BOM lets spreadsheet apps read accents right. */
export function downloadText(text: string, filename: string, type = 'text/plain') {
  const bom = type === 'text/csv' ? '\ufeff' : ''
  const url = URL.createObjectURL(new Blob([bom, text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
