/**
 * The values the identity clients take and return: users, access tokens (whose text never appears in a
 * {@code toString()}), token scopes and Teams Phone extension assignments.
 */
package io.github.acsnumbers.identity.models;
