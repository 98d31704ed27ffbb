/**
 * Communication Services identities: {@link io.github.acsnumbers.identity.CommunicationIdentityClient} (and its
 * asynchronous twin) creates and deletes users, issues, refreshes and revokes their access tokens, exchanges Teams
 * users' Entra ID tokens and manages Teams Phone extension assignments. Built with
 * {@link io.github.acsnumbers.identity.CommunicationIdentityClientBuilder}.
 */
package io.github.acsnumbers.identity;
