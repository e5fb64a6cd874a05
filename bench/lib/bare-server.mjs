// The ceiling of any HTTP route on this machine: a bare node:http handler sending a fixed
// body (a real /store/deals page), run in its own process like the backend.
// Usage: node bench/lib/bare-server.mjs <port> <file>
import fs from "node:fs"
import http from "node:http"

const [port, file] = process.argv.slice(2)
const body = fs.readFileSync(file)
http
  .createServer((request, response) => {
    response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length })
    response.end(body)
  })
  .listen(Number(port), () => console.log(`listening on ${port}`))
