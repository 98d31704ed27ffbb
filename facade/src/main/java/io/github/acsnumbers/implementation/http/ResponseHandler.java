package io.github.acsnumbers.implementation.http;

/**
 * Turns a successful (2xx) response into the operation's result.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseHandler<T> {
    /**
     * @param response the buffered response
     * @return the result
     * @throws Exception any parse problem; the pipeline reports it as a {@code CommunicationException}
     */
    T handle(ServiceResponse response) throws Exception;
}
