# Production images for docker-compose.yml: one build stage, then the Medusa backend
# (server or worker, chosen by MEDUSA_WORKER_MODE) and the Next.js storefront.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
RUN npm install --no-audit --no-fund
COPY . .
# The configuration is read at build time too; the real key comes at run time.
RUN export MFA_ENCRYPTION_KEY=build-time-placeholder-never-used-at-run-time \
  && npx medusa plugin:build \
  && cd backend && npx medusa build && ln -s ../../static .medusa/server/static \
  && cd ../storefront && npx next build

FROM node:20-bookworm-slim AS backend
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true
COPY --from=build /app /app
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
CMD ["npx", "medusa", "start"]

FROM node:20-bookworm-slim AS storefront
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build /app /app
WORKDIR /app/storefront
EXPOSE 8000
CMD ["npx", "next", "start", "-p", "8000"]
