package com.clientele.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The {@code Money} scalar: amounts as JSON numbers rounded to cents; accepts numbers or numeric strings. An input
 * that is no number, or larger than any double (more than 309 digits before the point), is refused as a literal
 * (validation error) and as a variable (BAD_USER_INPUT) with the reason; never a 5xx. A stored
 * value that is not a finite number (a legacy Infinity or NaN) is never a 5xx: it serializes as null with an
 * INVALID_STORED_VALUE error ({@link ErrorCodes}).
 */
public final class MoneyScalar {

    public static final GraphQLScalarType MONEY = GraphQLScalarType.newScalar()
            .name("Money")
            .description("An amount of money, rounded to cents.")
            .coercing(new MoneyCoercing())
            .build();

    private MoneyScalar() {
    }

    private static final class MoneyCoercing implements Coercing<BigDecimal, BigDecimal> {

        /** Digits before the point of the largest double (1.8e308); more is no amount any store can hold. */
        private static final int MAX_INTEGER_DIGITS = 309;
        private static final BigDecimal HALF_A_CENT = new BigDecimal("0.005");
        private static final int EXCERPT_LENGTH = 40;

        @Override
        public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
            if (!(value instanceof Number number)) {
                throw new CoercingSerializeException("not an amount of money: " + value);
            }
            if (!Double.isFinite(number.doubleValue())) {
                throw new CoercingSerializeException("the amount " + number + " is not a finite number");
            }
            try {
                return toCents(new BigDecimal(number.toString()));
            } catch (NumberFormatException e) {
                throw new CoercingSerializeException("not an amount of money: " + number);
            }
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return toCents(amount(input.toString()));
            } catch (IllegalArgumentException e) {
                throw new CoercingParseValueException(e.getMessage());
            }
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            String text = input instanceof IntValue value ? value.getValue().toString()
                    : input instanceof FloatValue value ? value.getValue().toString()
                    : input instanceof StringValue value ? value.getValue() : null;
            if (text == null) {
                throw new CoercingParseLiteralException("Money must be a number");
            }
            try {
                return toCents(amount(text));
            } catch (IllegalArgumentException e) {
                throw new CoercingParseLiteralException(e.getMessage());
            }
        }

        /** The amount written, refused when it is no number or beyond every double (1e309, Infinity). */
        private static BigDecimal amount(String text) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Money must be a number, was '" + excerpt(text) + "'");
            }
            if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
                throw new IllegalArgumentException("Money must be a finite amount (at most "
                        + MAX_INTEGER_DIGITS + " digits before the point), was '" + excerpt(text) + "'");
            }
            return amount;
        }

        /** Rounded to cents; an amount below half a cent is 0.00 (without rounding a huge scale digit by digit). */
        private static BigDecimal toCents(BigDecimal amount) {
            if (amount.abs().compareTo(HALF_A_CENT) < 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            return amount.setScale(2, RoundingMode.HALF_UP);
        }

        private static String excerpt(String text) {
            return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
        }
    }
}
