/**
 * The public models and options of the Phone Numbers client: immutable value types built from service responses,
 * immutable option objects ({@code with...} returns a copy), and extensible enums that accept values a later
 * service version adds.
 */
package io.github.acsnumbers.phonenumbers.models;
