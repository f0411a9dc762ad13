ALTER TABLE `orders` DROP CONSTRAINT `orders_status_known`;
--> statement-breakpoint
ALTER TABLE `orders` MODIFY COLUMN `status` enum('open', 'paid', 'shipped', 'cancelled') DEFAULT 'open' NOT NULL;
--> statement-breakpoint
CREATE VIEW `order_totals` AS SELECT o.id AS order_id, o.customer_id, SUM(l.quantity * l.unit_price) AS total FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id, o.customer_id;
