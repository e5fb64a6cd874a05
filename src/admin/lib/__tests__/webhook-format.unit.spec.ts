import { formatHeaders, parseOverlapHours, prettyBody, webhookHost } from "../webhook-format"

describe("prettyBody", () => {
  it("indents a JSON body and leaves any other text as is", () => {
    expect(prettyBody('{"type":"order.placed"}')).toBe('{\n  "type": "order.placed"\n}')
    expect(prettyBody("<html>oops</html>")).toBe("<html>oops</html>")
  })
})

describe("formatHeaders", () => {
  it("writes one `name: value` per line", () => {
    expect(formatHeaders({ "webhook-id": "msg_1", "content-type": "application/json" })).toBe("webhook-id: msg_1\ncontent-type: application/json")
  })
})

describe("webhookHost", () => {
  it("shortens a URL to its host, or keeps what does not parse", () => {
    expect(webhookHost("https://hooks.example.com:8443/a?b=c")).toBe("hooks.example.com:8443")
    expect(webhookHost("not a url")).toBe("not a url")
  })
})

describe("parseOverlapHours", () => {
  it("takes whole hours from 0 up, nothing else", () => {
    expect(parseOverlapHours("24")).toBe(24)
    expect(parseOverlapHours("0")).toBe(0)
    expect(parseOverlapHours("1.5")).toBeNull()
    expect(parseOverlapHours("-1")).toBeNull()
    expect(parseOverlapHours("")).toBeNull()
  })
})
