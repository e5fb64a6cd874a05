import { assertDealQuantities } from "../quantity-limits"

const spa = { product_id: "prod_spa", title: "Spa", min_quantity: 2, max_quantity: 4 }

describe("assertDealQuantities", () => {
  it("accepts units within the limits", () => {
    expect(() => assertDealQuantities(new Map([["prod_spa", 4]]), [spa])).not.toThrow()
  })

  it("names the deal, the limit and the units when above the maximum", () => {
    expect(() => assertDealQuantities(new Map([["prod_spa", 5]]), [spa])).toThrow(
      '"Spa" is limited to 4 per order (the cart would hold 5)'
    )
  })

  it("refuses fewer units than the minimum but always allows removing the product", () => {
    expect(() => assertDealQuantities(new Map([["prod_spa", 1]]), [spa])).toThrow(/must be bought by 2 at least/)
    expect(() => assertDealQuantities(new Map([["prod_spa", 0]]), [spa])).not.toThrow()
  })

  it("has no maximum when max_quantity is null", () => {
    expect(() => assertDealQuantities(new Map([["prod_spa", 500]]), [{ ...spa, max_quantity: null }])).not.toThrow()
  })
})
