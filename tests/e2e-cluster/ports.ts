/**
 * Ports of the cluster under test, from E2E_CLUSTER_PORT (nginx; default 3180): purge, Redis and the two
 * instances take the next ones.
 */
const base = Number(process.env.E2E_CLUSTER_PORT || 3180)
export const clusterPorts = { nginx: base, purge: base + 1, redis: base + 2, a: base + 3, b: base + 4 }
export const smtpPort = Number(process.env.E2E_SMTP_PORT || 2526) + 1

/** What the browser types: a public host name, mapped to 127.0.0.1 by Chromium's resolver rules. */
export const publicHost = `digit.test:${clusterPorts.nginx}`
export const site = `http://${publicHost}`
/** nginx for Node-side requests (Node cannot resolve digit.test), with the public Host header. */
export const nginx = `http://127.0.0.1:${clusterPorts.nginx}`
export const instanceA = `http://127.0.0.1:${clusterPorts.a}`
export const instanceB = `http://127.0.0.1:${clusterPorts.b}`
