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
 * The {@code Money} scalar: amounts as JSON numbers rounded to cents; accepts numbers or numeric strings. A stored
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
                return toCents(new BigDecimal(input.toString()));
            } catch (NumberFormatException e) {
                throw new CoercingParseValueException("Money must be a number, was '" + input + "'");
            }
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                Locale locale) {
            if (input instanceof IntValue value) {
                return toCents(new BigDecimal(value.getValue()));
            }
            if (input instanceof FloatValue value) {
                return toCents(value.getValue());
            }
            if (input instanceof StringValue value) {
                return parseValue(value.getValue(), context, locale);
            }
            throw new CoercingParseLiteralException("Money must be a number");
        }

        private static BigDecimal toCents(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
