/**
 * The HTTP front: loopback server, HMAC/bearer authentication, routing and the plug-in point for further APIs
 * ({@link io.github.acsnumbers.emulator.http.Router}, {@link io.github.acsnumbers.emulator.http.ApiHandler}).
 */
package io.github.acsnumbers.emulator.http;
