/**
 * A throwaway static HTTP server on 127.0.0.1 for browser tests: files from memory or a folder.
 */
import {readFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, sep} from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png'
}

export interface Server {
  url: string
  close(): Promise<void>
}

/** Serve `files` (path → content) first, then anything under `folder`; `/` is `/index.html`. */
export async function serve(options: {files?: Record<string, string>; folder?: string}): Promise<Server> {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (path.endsWith('/')) path += 'index.html'
    const type = types[extname(path)] ?? 'application/octet-stream'
    const inMemory = options.files?.[path]
    if (inMemory !== undefined) {
      response.writeHead(200, {'content-type': type}).end(inMemory)
      return
    }
    if (options.folder) {
      const file = normalize(join(options.folder, path))
      // Stay inside the folder.
      if (file.startsWith(normalize(options.folder) + sep)) {
        try {
          response.writeHead(200, {'content-type': type}).end(await readFile(file))
          return
        } catch {}
      }
    }
    response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  }
}
