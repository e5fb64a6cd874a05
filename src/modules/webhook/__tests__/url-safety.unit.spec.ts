import { forbiddenAddressReason, urlProblem, urlShapeProblem } from "../delivery/url-safety"

const strict = { allowLoopback: false, allowHttp: false }
const local = { allowLoopback: true, allowHttp: true }

describe("webhook URL safety", () => {
  it.each([
    ["10.0.0.1"], ["172.16.5.4"], ["192.168.1.10"], ["169.254.169.254"], ["100.64.0.1"], ["0.0.0.0"],
    ["fd00:ec2::254"], ["fe80::1"], ["::ffff:10.0.0.1"], ["::"], ["224.0.0.1"],
  ])("refuses %s even when loopback is allowed", (address) => {
    expect(forbiddenAddressReason(address, local)).toMatch(/private, link-local or reserved/)
  })

  it("allows loopback only when the option says so", () => {
    for (const address of ["127.0.0.1", "127.8.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(forbiddenAddressReason(address, strict)).toMatch(/loopback/)
      expect(forbiddenAddressReason(address, local)).toBeNull()
    }
  })

  it("allows public addresses", () => {
    for (const address of ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"]) expect(forbiddenAddressReason(address, strict)).toBeNull()
  })

  it("wants https unless http is allowed, and no credentials in the URL", () => {
    expect(urlShapeProblem("http://93.184.216.34/hook", strict)).toBe("must use https")
    expect(urlShapeProblem("http://93.184.216.34/hook", local)).toBeNull()
    expect(urlShapeProblem("ftp://93.184.216.34/hook", local)).toBe("must use http or https")
    expect(urlShapeProblem("https://user:pw@93.184.216.34/hook", strict)).toBe("must not carry credentials (use a custom header)")
    expect(urlShapeProblem("not a url", strict)).toBe("is not a valid URL")
    expect(urlShapeProblem("https://[::ffff:192.168.0.1]/hook", local)).toBe("is refused: ::ffff:c0a8:1 is a private, link-local or reserved address")
  })

  it("resolves host names and refuses one pointing at a refused address", async () => {
    await expect(urlProblem("https://localhost/hook", strict)).resolves.toMatch(/^is refused: localhost resolves to .* loopback address$/)
    await expect(urlProblem("https://localhost/hook", local)).resolves.toBeNull()
    await expect(urlProblem("https://no-such-host.invalid/hook", strict)).resolves.toBe("is refused: no-such-host.invalid does not resolve")
  })
})
