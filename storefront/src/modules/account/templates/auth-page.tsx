import type { ReactNode } from "react"

/** The narrow page around an account form (sign-in, sign-up, verification, password reset). */
export default function AuthPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{title}</h1>
      {intro && <p className="mt-2 text-gray-700">{intro}</p>}
      {children}
    </div>
  )
}
