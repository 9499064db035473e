# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
notice-codes-ready = { $count ->
        [one] Código listo
       *[other] { $count } códigos listos
    }
notice-codes-ready-body = { $brand } { $value } ya está listo en Giftdesk

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Compra fallida
notice-failed-body = { $what }: el proveedor no pudo hacer la entrega
notice-expired = Plazo de pago vencido
notice-expired-body = { $what }: el pago no llegó a tiempo
notice-partly-delivered = Entrega parcial
notice-partly-delivered-body = { $what }: algunos artículos fallaron
