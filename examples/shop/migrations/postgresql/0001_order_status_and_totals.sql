ALTER TABLE "orders" DROP CONSTRAINT "orders_status_known";
--> statement-breakpoint
CREATE TYPE "order_status" AS ENUM ('open', 'paid', 'shipped', 'cancelled');
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "status" DROP DEFAULT;
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "status" SET DATA TYPE "order_status" USING "status"::text::"order_status";
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "status" SET DEFAULT 'open';
--> statement-breakpoint
CREATE VIEW "order_totals" AS SELECT o.id AS order_id, o.customer_id, SUM(l.quantity * l.unit_price) AS total FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id;
