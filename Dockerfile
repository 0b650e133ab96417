# syntax=docker/dockerfile:1
# Vigil: one Go binary with the React app embedded.
#
# Stage 1 builds the web app, stage 2 the binary (cgo is needed for the
# tree-sitter parsers, so the build stage has gcc and the runtime is glibc),
# stage 3 is a small Debian runtime with Chromium for PDF reports.
#
# The base images are build args defaulting to the public images. Without a
# registry, deploy/prepare-local-base.sh makes local equivalents named
# localhost/<default>; pass them with --build-arg (see docs/image.md).
ARG NODE_IMAGE=node:20-bookworm-slim
ARG GO_IMAGE=golang:1.26-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${NODE_IMAGE} AS web
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM ${GO_IMAGE} AS build
WORKDIR /src
ENV CGO_ENABLED=1 GOTOOLCHAIN=local
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=web /src/frontend/dist ./frontend/dist
ARG VERSION=dev
ARG COMMIT=unknown
RUN go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
      -o /out/vigil .

FROM ${RUNTIME_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates chromium tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home /var/lib/vigil --create-home vigil
COPY --from=build /out/vigil /usr/local/bin/vigil
USER vigil
WORKDIR /var/lib/vigil
ENV VIGIL_HTTP_ADDR=:8080 VIGIL_DATA_DIR=/var/lib/vigil/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["vigil", "healthcheck"]
ENTRYPOINT ["vigil"]
CMD ["serve"]
