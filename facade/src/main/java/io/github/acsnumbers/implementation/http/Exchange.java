package io.github.acsnumbers.implementation.http;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.core.http.Response;
import io.github.acsnumbers.implementation.retry.Durations;
import io.github.acsnumbers.implementation.tracing.Telemetry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;

/**
 * The SDK's one engine: a description of an exchange with the service (a call and its retries, a start and its
 * recovery, a poll loop, a page walk), written once from the primitives below and run by one of two interpreters:
 * {@link #send} blocks the calling thread, {@link #sendAsync} holds no thread while it waits. This class is the
 * only place where the blocking and the non-blocking paths split; every state machine above it exists once.
 *
 * <p>Both interpreters measure time with the pipeline's {@link java.time.Clock} and wait with its
 * {@link io.github.acsnumbers.core.retry.Sleeper} ({@code sleep} or {@code delay}), so one fake clock drives both
 * in tests. The future of {@link #sendAsync} always completes, also when a step throws an {@link Error}.
 *
 * @param <T> the result type
 */
public abstract class Exchange<T> {
    Exchange() {
    }

    /** The blocking interpreter. */
    abstract T block(Run run);

    /** The non-blocking interpreter; may throw only before it started anything (see {@link #launch}). */
    abstract CompletableFuture<T> start(Run run);

    /**
     * Runs the exchange on the calling thread.
     *
     * @param pipeline the pipeline
     * @return the result
     * @throws CommunicationException for any failure of the exchange
     */
    public final T send(HttpPipeline pipeline) {
        return block(new Run(pipeline));
    }

    /**
     * Runs the exchange on the calling thread as (part of) a public operation: {@code in(context).send(pipeline)}.
     *
     * @param pipeline the pipeline
     * @param context  the operation's name, options or open span
     * @return the result
     * @throws CommunicationException for any failure of the exchange
     */
    public final T send(HttpPipeline pipeline, CallContext context) {
        return in(context).send(pipeline);
    }

    /**
     * Runs the exchange without blocking as (part of) a public operation: {@code in(context).sendAsync(pipeline)}.
     *
     * @param pipeline the pipeline
     * @param context  the operation's name, options or open span
     * @return a future that always completes
     */
    public final CompletableFuture<T> sendAsync(HttpPipeline pipeline, CallContext context) {
        return in(context).sendAsync(pipeline);
    }

    /**
     * Runs the exchange without blocking. Cancelling the returned future cancels the HTTP call in flight and stops
     * the exchange before its next step.
     *
     * @param pipeline the pipeline
     * @return a future that always completes: with the result, or exceptionally (a {@link CommunicationException}
     *         for service and transport failures)
     */
    public final CompletableFuture<T> sendAsync(HttpPipeline pipeline) {
        Run run = new Run(pipeline);
        CompletableFuture<T> outer = new CompletableFuture<>();
        launch(this, run).whenComplete((value, error) -> {
            if (error != null) {
                outer.completeExceptionally(unwrap(error));
            } else {
                outer.complete(value);
            }
        });
        outer.whenComplete((value, error) -> {
            if (outer.isCancelled()) {
                run.cancel();
            }
        });
        return outer;
    }

    /**
     * Runs the exchange with the blocking interpreter on an executor's thread (the sync clients' read-ahead: same
     * blocking steps and waits as {@link #send}, off the caller's thread). Cancelling the returned future cancels
     * the HTTP call in flight and stops the exchange before its next step.
     *
     * @param executor where to run it
     * @param pipeline the pipeline
     * @return a future that always completes, as {@link #sendAsync}'s does
     */
    public final CompletableFuture<T> sendBlockingOn(java.util.concurrent.Executor executor, HttpPipeline pipeline) {
        Run run = new Run(pipeline);
        CompletableFuture<T> f = new CompletableFuture<>();
        f.whenComplete((value, error) -> {
            if (f.isCancelled()) {
                run.cancel();
            }
        });
        try {
            executor.execute(() -> {
                try {
                    if (!f.isDone()) {
                        f.complete(block(run));
                    }
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
        } catch (RuntimeException e) {
            f.completeExceptionally(e);
        }
        return f;
    }

    // ---------------------------------------------------------------- primitives

    /**
     * @param value a ready value
     * @param <T>   its type
     * @return an exchange that sends nothing and yields the value
     */
    public static <T> Exchange<T> value(T value) {
        return new Exchange<>() {
            @Override
            T block(Run run) {
                return value;
            }

            @Override
            CompletableFuture<T> start(Run run) {
                return CompletableFuture.completedFuture(value);
            }
        };
    }

    /**
     * @param error the failure
     * @param <T>   result type
     * @return an exchange that fails with the error
     */
    public static <T> Exchange<T> fail(RuntimeException error) {
        return new Exchange<>() {
            @Override
            T block(Run run) {
                throw error;
            }

            @Override
            CompletableFuture<T> start(Run run) {
                return CompletableFuture.failedFuture(error);
            }
        };
    }

    /**
     * @param supplier builds the exchange when it runs (each run builds it afresh)
     * @param <T>      result type
     * @return the deferred exchange
     */
    public static <T> Exchange<T> defer(Supplier<Exchange<T>> supplier) {
        return context(run -> supplier.get());
    }

    /** Builds the exchange when it runs, from the run's context (pipeline, deadline). */
    static <T> Exchange<T> context(Function<Run, Exchange<T>> builder) {
        return new Exchange<>() {
            @Override
            T block(Run run) {
                return builder.apply(run).block(run);
            }

            @Override
            CompletableFuture<T> start(Run run) {
                return launch(builder.apply(run), run);
            }
        };
    }

    /**
     * One call of a service request: its attempts, their waits and the reading of the answer, all within the
     * pipeline's call timeout. See {@link CallExchange}.
     *
     * @param request the request
     * @param <T>     result type
     * @return the exchange
     */
    public static <T> Exchange<T> call(ServiceRequest<T> request) {
        Exchange<T> call = CallExchange.of(request);
        return request.context() == null ? call : call.in(request.context());
    }

    /**
     * A wait: {@code Sleeper.sleep} on the blocking side, {@code Sleeper.delay} on the other. Callers check the
     * deadline first ({@link #remaining}); the wait itself is clamped to [0, 100 years].
     *
     * @param duration how long
     * @return the wait
     */
    public static Exchange<Void> delay(Duration duration) {
        Duration d = Durations.clamp(duration);
        return new Exchange<>() {
            @Override
            Void block(Run run) {
                run.checkCancelled();
                try {
                    run.pipeline().sleeper().sleep(d);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CommunicationException("Interrupted while waiting", 0, null, null,
                        ErrorKind.CLIENT_ERROR, null, e);
                }
                return null;
            }

            @Override
            CompletableFuture<Void> start(Run run) {
                run.checkCancelled();
                return run.pipeline().sleeper().delay(d);
            }
        };
    }

    /**
     * Runs the exchange with a deadline of {@code timeout} from now, or the enclosing deadline if that is sooner.
     *
     * @param timeout the longest time the exchange may take
     * @param body    the exchange
     * @param <T>     result type
     * @return the bounded exchange
     */
    public static <T> Exchange<T> within(Duration timeout, Exchange<T> body) {
        return new Exchange<>() {
            @Override
            T block(Run run) {
                return body.block(run.within(timeout));
            }

            @Override
            CompletableFuture<T> start(Run run) {
                return launch(body, run.within(timeout));
            }
        };
    }

    /**
     * @return this exchange within the pipeline's call timeout (or the enclosing deadline if that is sooner)
     */
    public final Exchange<T> withinCallTimeout() {
        Exchange<T> body = this;
        return context(run -> within(run.callTimeout(), body));
    }

    /**
     * This exchange as (part of) a public operation. With a name, it opens the operation's span (a child of the
     * caller's current trace context), which every HTTP attempt inside is a child of, and ends it with the
     * outcome; with an open span ({@link CallContext#under}), its attempts are children of that one. The caller's
     * {@link io.github.acsnumbers.core.http.RequestOptions}: its headers go on every attempt inside, and its
     * timeout bounds the whole exchange and replaces the call timeout of each call inside.
     *
     * @param context the operation's name, options or open span
     * @return the exchange in that context
     */
    public final Exchange<T> in(CallContext context) {
        Exchange<T> body = this;
        return new Exchange<>() {
            @Override
            T block(Run run) {
                Entered e = Entered.of(run, context);
                try {
                    T value = e.bounded(body).block(e.run);
                    e.end(null);
                    return value;
                } catch (RuntimeException | Error x) {
                    e.end(x);
                    throw x;
                }
            }

            @Override
            CompletableFuture<T> start(Run run) {
                Entered e = Entered.of(run, context);
                return launch(e.bounded(body), e.run).whenComplete((v, x) -> e.end(x == null ? null : unwrap(x)));
            }
        };
    }

    /** A run inside an operation: the span it opened (if it owns one) and the caller's timeout. */
    private record Entered(Run run, Telemetry.Operation operation, boolean owns, Duration timeout) {
        static Entered of(Run run, CallContext context) {
            Telemetry.Operation operation = run.operation();
            boolean owns = false;
            if (context.parent() != null) {
                operation = context.parent();
            } else if (context.name() != null) {
                operation = run.pipeline().telemetry().startOperation(context.name());
                owns = true;
            }
            Duration timeout = context.options() == null ? null : context.options().getTimeout();
            return new Entered(run.in(operation, context.options()), operation, owns, timeout);
        }

        <T> Exchange<T> bounded(Exchange<T> body) {
            return timeout == null ? body : within(timeout, body);
        }

        void end(Throwable error) {
            if (owns) {
                operation.end(error);
            }
        }
    }

    /**
     * @return this exchange's result with the status, headers and request id of the last response read while it
     *         ran
     */
    public final Exchange<Response<T>> withResponse() {
        Exchange<T> body = this;
        return context(run -> body.map(value -> {
            ServiceResponse last = run.lastResponse();
            if (last == null) {
                throw new IllegalStateException("the exchange read no response");
            }
            return new Response<>(last.status(), last.headers().toMultimap(), last.sentRequestId(), value);
        }));
    }

    /**
     * Goes on only if a wait of {@code wait} would end before the current deadline.
     *
     * @param wait  the wait about to be made
     * @param last  what to fail with otherwise: the last error seen, not a bare timeout
     * @return an exchange yielding null, or failing with {@code last}
     */
    public static Exchange<Void> ifTimeLeft(Duration wait, RuntimeException last) {
        return context(run -> Durations.clamp(wait).compareTo(run.remaining()) < 0 ? value(null) : fail(last));
    }

    /**
     * Time left before the current deadline.
     *
     * @param now the pipeline's clock reading
     * @param deadline the deadline, or null
     * @return what is left (negative when passed), or {@link Durations#FOREVER} without a deadline
     */
    static Duration remaining(Instant now, Instant deadline) {
        return deadline == null ? Durations.FOREVER : Duration.between(now, deadline);
    }

    /**
     * Repeats a step until a condition holds: a loop the blocking side runs as a {@code while}, and the
     * non-blocking side as a chain of callbacks that never grows the stack.
     *
     * @param seed the first state
     * @param done when to stop (tested before each step, the seed included)
     * @param step the next state from the current one
     * @param <S>  state type
     * @return the final state
     */
    public static <S> Exchange<S> loop(S seed, Predicate<? super S> done, Function<? super S, Exchange<S>> step) {
        return new Exchange<>() {
            @Override
            S block(Run run) {
                S s = seed;
                while (!done.test(s)) {
                    run.checkCancelled();
                    s = step.apply(s).block(run);
                }
                return s;
            }

            @Override
            CompletableFuture<S> start(Run run) {
                CompletableFuture<S> result = new CompletableFuture<>();
                new Object() {
                    void next(S from) {
                        S s = from;
                        try {
                            while (!done.test(s)) {
                                run.checkCancelled();
                                CompletableFuture<S> f = launch(step.apply(s), run);
                                if (!f.isDone() || f.isCompletedExceptionally()) {
                                    f.whenComplete((v, e) -> {
                                        if (e != null) {
                                            result.completeExceptionally(unwrap(e));
                                        } else {
                                            next(v);
                                        }
                                    });
                                    return;
                                }
                                s = f.join();
                            }
                            result.complete(s);
                        } catch (Throwable t) {
                            result.completeExceptionally(unwrap(t));
                        }
                    }
                }.next(seed);
                return result;
            }
        };
    }

    // ---------------------------------------------------------------- combinators

    /**
     * @param next the exchange that follows, from this one's result
     * @param <R>  its result type
     * @return both, in sequence
     */
    public final <R> Exchange<R> then(Function<? super T, Exchange<R>> next) {
        Exchange<T> first = this;
        return new Exchange<>() {
            @Override
            R block(Run run) {
                T v = first.block(run);
                run.checkCancelled();
                return next.apply(v).block(run);
            }

            @Override
            CompletableFuture<R> start(Run run) {
                return launch(first, run).thenCompose(v -> {
                    run.checkCancelled();
                    return launch(next.apply(v), run);
                });
            }
        };
    }

    /**
     * @param mapper a function of the result
     * @param <R>    its type
     * @return the mapped exchange
     */
    public final <R> Exchange<R> map(Function<? super T, ? extends R> mapper) {
        return then(v -> value(mapper.apply(v)));
    }

    /**
     * What to do when this exchange fails with a {@link RuntimeException} (an {@link Error} is never recovered).
     *
     * @param handler the exchange to run instead, from the failure (it may rethrow or return {@link #fail})
     * @return the guarded exchange
     */
    public final Exchange<T> recover(Function<? super RuntimeException, Exchange<T>> handler) {
        Exchange<T> body = this;
        return new Exchange<>() {
            @Override
            T block(Run run) {
                try {
                    return body.block(run);
                } catch (CancellationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    return handler.apply(e).block(run);
                }
            }

            @Override
            CompletableFuture<T> start(Run run) {
                return launch(body, run).handle((v, e) -> {
                    if (e == null) {
                        return CompletableFuture.completedFuture(v);
                    }
                    Throwable u = unwrap(e);
                    if (u instanceof RuntimeException && !(u instanceof CancellationException)) {
                        return launch(handler.apply((RuntimeException) u), run);
                    }
                    return CompletableFuture.<T>failedFuture(u);
                }).thenCompose(f -> f);
            }
        };
    }

    // ---------------------------------------------------------------- HTTP attempt

    /** The outcome of one HTTP attempt: a fully read response, or the I/O failure. */
    record Attempt(ServiceResponse response, IOException failure, okhttp3.Request request) {
    }

    /**
     * An attempt's call and its bound.
     *
     * @param call       the call
     * @param boundNanos the longest time the attempt may take, answer read included; 0 leaves it to the call's own
     *                   timeout
     */
    record TimedCall(Call call, long boundNanos) {
    }

    /**
     * One attempt of a call, its answer read within the pipeline's size limit and its time bounded by the pipeline's
     * {@link AttemptTimer}.
     */
    static Exchange<Attempt> attempt(Supplier<TimedCall> calls) {
        return new Exchange<>() {
            @Override
            Attempt block(Run run) {
                TimedCall next = calls.get();
                Call call = run.register(next.call());
                AttemptTimer.Entry timer = arm(run, next);
                try (okhttp3.Response raw = call.execute()) {
                    return new Attempt(BoundedBody.read(raw, run.pipeline().maxResponseSize()), null, call.request());
                } catch (IOException e) {
                    return new Attempt(null, timer.failure(e), call.request());
                } finally {
                    timer.disarm();
                    run.unregister(call);
                }
            }

            @Override
            CompletableFuture<Attempt> start(Run run) {
                TimedCall next = calls.get();
                Call call = run.register(next.call());
                AttemptTimer.Entry timer = arm(run, next);
                CompletableFuture<Attempt> f = new CompletableFuture<>();
                call.enqueue(new Callback() {
                    @Override
                    public void onFailure(Call c, IOException e) {
                        timer.disarm();
                        run.unregister(c);
                        f.complete(new Attempt(null, timer.failure(e), c.request()));
                    }

                    @Override
                    public void onResponse(Call c, okhttp3.Response raw) {
                        Attempt outcome = null;
                        Throwable error = null;
                        try (raw) {
                            outcome = new Attempt(BoundedBody.read(raw, run.pipeline().maxResponseSize()), null,
                                c.request());
                        } catch (IOException e) {
                            outcome = new Attempt(null, timer.failure(e), c.request());
                        } catch (Throwable t) {
                            error = t; // an OutOfMemoryError or any other failure must still complete the future
                        }
                        // the answer is read: the timer and the run let go of the call before the next step runs
                        timer.disarm();
                        run.unregister(c);
                        if (error != null) {
                            f.completeExceptionally(error);
                        } else {
                            f.complete(outcome);
                        }
                    }
                });
                return f;
            }
        };
    }

    private static AttemptTimer.Entry arm(Run run, TimedCall next) {
        return next.boundNanos() > 0 ? run.pipeline().attemptTimer().arm(next.call(), next.boundNanos())
            : AttemptTimer.Entry.NONE;
    }

    // ---------------------------------------------------------------- helpers

    /** Starts an exchange; whatever it throws becomes a failed future, so no future is left incomplete. */
    static <T> CompletableFuture<T> launch(Exchange<T> exchange, Run run) {
        try {
            CompletableFuture<T> f = exchange.start(run);
            return f != null ? f : CompletableFuture.failedFuture(new IllegalStateException("no future"));
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    /**
     * @param t a failure, possibly wrapped by {@link CompletableFuture}
     * @return the failure itself
     */
    public static Throwable unwrap(Throwable t) {
        Throwable u = t;
        while ((u instanceof CompletionException || u instanceof ExecutionException) && u.getCause() != null) {
            u = u.getCause();
        }
        return u;
    }
}
