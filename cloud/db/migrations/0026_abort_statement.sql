-- Ends the statement that calls it with an error whose message is `code` (SQLSTATE XDABT), so a
-- single statement can check what its data-modifying parts did and undo all of them: order.create's
-- fast path is one implicit transaction, with no ROLLBACK of its own to send. Volatile, so the
-- planner never folds a call with a constant argument; it is only reached in a CASE branch taken.
CREATE OR REPLACE FUNCTION abort_statement(code text) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'XDABT', MESSAGE = code;
END
$$;
