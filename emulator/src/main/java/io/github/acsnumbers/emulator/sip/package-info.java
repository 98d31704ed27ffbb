/**
 * Domain logic of the emulated SIP Routing API ({@code /sip}): configuration state, merge-patch, the service's
 * validation codes, api-version views and route testing with .NET regular-expression semantics. No HTTP here;
 * {@link io.github.acsnumbers.emulator.sip.SipRoutingService} is the entry point.
 */
package io.github.acsnumbers.emulator.sip;
