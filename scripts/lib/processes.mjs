import { spawn } from "node:child_process"

const children = new Set()

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command, args, { cwd, env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
      detached: true,
    })
    children.add(child)
    let output = ""
    child.stdout?.on("data", (chunk) => (output += chunk))
    child.stderr?.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      children.delete(child)
      if (code === 0) {
        resolve(output)
      } else {
        reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${quiet ? `\n${output.slice(-4000)}` : ""}`))
      }
    })
  })
}

/**
 * Starts a long-running service in its own process group (so stopping it reaches every
 * grandchild), prefixing its output with its name.
 */
export function startService(name, command, args, { cwd, env = {} } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  const prefix = (stream, out) =>
    stream.on("data", (chunk) => {
      for (const line of chunk.toString().split("\n")) {
        if (line.trim()) out.write(`[${name}] ${line}\n`)
      }
    })
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  child.on("exit", () => children.delete(child))
  return child
}

/** Stops every process started here: SIGTERM to each group, SIGKILL after a grace period. */
export async function stopAll(graceMs = 8000) {
  const alive = [...children]
  for (const child of alive) {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
  }
  const deadline = Date.now() + graceMs
  while (alive.some((child) => child.exitCode === null && child.signalCode === null) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const child of alive) {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }
}

/** Resolves once `url` answers 2xx/3xx; rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (response.status < 400) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Fails early, with a clear message, when something else already listens on `port`. */
export async function assertPortFree(port) {
  const net = await import("node:net")
  await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", () => reject(new Error(`port ${port} is already in use: stop what runs there, or choose another port`)))
    server.listen(port, () => server.close(resolve))
  })
}
