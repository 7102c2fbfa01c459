package com.newscenter.system;

/**
 * Published when stored content changed behind the services' backs (a restore, an import,
 * a test cleaning up), so every in-memory cache drops what it holds.
 */
public record ContentReset() {
}
