import type { RouteEntry, RouteSegment } from './routeTable'

/** The label of `parts` under `segments`, or null when they do not match. */
const matchSegments = (segments: RouteSegment[], parts: string[]): null | string[] => {
  const label: string[] = []
  let index = 0
  for (const segment of segments) {
    if (segment.type === 'rest') {
      if (index >= parts.length) return null
      label.push('*')
      index = parts.length
      break
    }
    const part = parts[index]
    if (part === undefined) {
      if (segment.type === 'param' && segment.isOptional) continue
      return null
    }
    // Payload matches endpoint paths case-insensitively (path-to-regexp's default).
    if (segment.type === 'static' && segment.value.toLowerCase() !== part.toLowerCase()) return null
    label.push(segment.type === 'static' ? segment.value : `:${segment.name}`)
    index += 1
  }
  return index === parts.length ? label : null
}

const prefixParts = (prefix: string) => prefix.split('/').filter(Boolean)

const decode = (part: string): string => {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

const matchEntry = (entry: RouteEntry, parts: string[]): null | string => {
  const prefix = prefixParts(entry.prefix)
  if (prefix.some((part, index) => parts[index] !== part)) return null
  const label = matchSegments(entry.segments, parts.slice(prefix.length))
  return label ? [entry.prefix, ...label].join('/') : null
}

/**
 * The route pattern of a request, for metric labels: `/api/apartments/:id`, never the raw path,
 * so label cardinality is bounded by the route table. The first route whose method and path
 * match wins, as in Payload; a method no route has (OPTIONS preflights, HEAD) is labelled by
 * path alone; anything else falls to its scope's catch-all (`/api/apartments/*`, `/api/*`).
 */
export const routePattern = ({
  method,
  pathname,
  routes,
}: {
  method: string
  pathname: string
  routes: RouteEntry[]
}): string => {
  const parts = pathname.split('/').filter(Boolean).map(decode)
  const wanted = method.toLowerCase()
  const concrete = routes.filter((entry) =>
    entry.segments.every((segment) => segment.type !== 'rest'),
  )
  for (const candidates of [
    concrete.filter((entry) => entry.method === wanted),
    concrete,
    routes,
  ]) {
    for (const entry of candidates) {
      const label = matchEntry(entry, parts)
      if (label) return label
    }
  }
  return '*'
}
