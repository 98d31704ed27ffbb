package io.github.acsnumbers.emulator.http;

/**
 * Changes the answers of a service's built-in routes, e.g. to add the response fields and enum values of a newer
 * api-version ({@code PhoneNumbersEmulator.Builder#newerApiVersion}).
 */
@FunctionalInterface
public interface ResponseDecorator {

    /** Leaves every answer as it is. */
    ResponseDecorator NONE = (request, result) -> result;

    /**
     * Called on the worker thread with every answer of the service's routes, successful or not; the server adds its
     * own headers afterwards.
     *
     * @param request the request as the client sent it (its {@link ApiRequest#apiVersion()} included)
     * @param result  the built-in route's answer; its body may be changed in place
     * @return the answer to send
     */
    ApiResult decorate(ApiRequest request, ApiResult result);
}
