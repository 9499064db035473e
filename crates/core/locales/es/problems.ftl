# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = Bitrefill no acepta esta forma de pago.
problem-bitrefill-unsupported-payment-method-action = Elige el saldo o una de las criptomonedas indicadas.
problem-bitrefill-missing-param = Falta en la compra un dato que Bitrefill necesita.
problem-bitrefill-missing-param-action = Completa todos los campos del artículo y vuelve a intentarlo.
problem-bitrefill-parse-error = Bitrefill no pudo leer la solicitud.
problem-bitrefill-parse-error-action = Vuelve a intentarlo; si el problema continúa, infórmalo junto con el archivo de registro.
problem-bitrefill-not-found = Bitrefill ya no vende este producto.
problem-bitrefill-not-found-action = Actualiza el catálogo y elige otro producto.
problem-bitrefill-out-of-stock = Este producto está agotado en Bitrefill.
problem-bitrefill-out-of-stock-action = Inténtalo más tarde o compra la misma marca en Cryptorefills.
problem-bitrefill-invalid-param = Bitrefill rechazó uno de los valores.
problem-bitrefill-invalid-param-action = Revisa el monto, la cantidad y el destinatario.
problem-bitrefill-too-many-items = Una factura de Bitrefill admite como máximo 20 artículos.
problem-bitrefill-too-many-items-action = Divide el carrito en varias facturas.
problem-bitrefill-create-invoice-failed = Bitrefill no pudo crear la factura; no se cobró nada.
problem-bitrefill-create-invoice-failed-action = Vuelve a intentarlo en un minuto.
problem-bitrefill-balance-too-low = Tu saldo de Bitrefill no alcanza para esta compra.
problem-bitrefill-balance-too-low-action = Recarga tu saldo de Bitrefill o paga con cripto.
problem-bitrefill-insufficient-funds = Tu saldo de Bitrefill no alcanza para pagar esta factura.
problem-bitrefill-insufficient-funds-action = Recarga tu saldo de Bitrefill y vuelve a pagar.
problem-bitrefill-invalid-phone-number = El número de teléfono no es válido para esta recarga.
problem-bitrefill-invalid-phone-number-action = Escríbelo en formato internacional, como +14155551234.
problem-bitrefill-unsupported-operator = El producto no admite el operador de este número de teléfono.
problem-bitrefill-unsupported-operator-action = Elige el producto de recarga del operador de ese número.
problem-bitrefill-delivery-failed = El operador rechazó la recarga para este número.
problem-bitrefill-delivery-failed-action = Confirma el número con tu cliente y vuelve a intentarlo.
problem-bitrefill-already-paid = Esta factura ya está pagada o ya no existe.
problem-bitrefill-already-paid-action = No hay nada más que pagar; sigue la compra en Pedidos.
problem-bitrefill-unauthorized = Bitrefill rechazó las credenciales de API.
problem-bitrefill-unauthorized-action = Revisa la clave de API en Configuración.
problem-bitrefill-forbidden = Esta cuenta de Bitrefill no tiene acceso a la API o está suspendida.
problem-bitrefill-forbidden-action = Pide a Bitrefill que active el acceso a la API para la cuenta.
problem-bitrefill-rate-limited = Bitrefill le pidió a Giftdesk que reduzca el ritmo de solicitudes.
problem-bitrefill-rate-limited-action = Espera un minuto y vuelve a intentarlo.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = Bitrefill rechazó la compra.
problem-bitrefill-other-action = Lee abajo el mensaje de Bitrefill; vuelve a intentarlo o contacta al soporte de Bitrefill.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Mensaje de Bitrefill: { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = El total del pedido está por debajo del mínimo que acepta Cryptorefills.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Aumenta el monto o agrega artículos.
problem-cryptorefills-maximum-amount-per-order-exceeded = El total del pedido supera el máximo permitido por pedido.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Reduce el monto o divídelo en varios pedidos.
problem-cryptorefills-daily-spending-limit-exceeded = La cuenta alcanzó su límite de gasto diario.
problem-cryptorefills-daily-spending-limit-exceeded-action = Espera hasta mañana o verifica la cuenta para tener límites más altos.
problem-cryptorefills-monthly-spending-limit-exceeded = La cuenta alcanzó su límite de gasto mensual.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Espera hasta el próximo mes o verifica la cuenta para tener límites más altos.
problem-cryptorefills-product-count-exceeded = Un pedido admite como máximo 10 entregas.
problem-cryptorefills-product-count-exceeded-action = Divide el carrito en varios pedidos.
problem-cryptorefills-multiple-limited-product-same-order = Solo puede haber un producto limitado por pedido.
problem-cryptorefills-multiple-limited-product-same-order-action = Compra los productos limitados en pedidos separados.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Este producto ya no se vende en este país.
problem-cryptorefills-product-not-available-action = Actualiza el catálogo y elige otro producto u otro país.
problem-cryptorefills-out-of-stock = Este producto está agotado en Cryptorefills.
problem-cryptorefills-out-of-stock-action = Inténtalo más tarde o compra la misma marca en Bitrefill.
problem-cryptorefills-not-active = Este producto está en pausa en Cryptorefills.
problem-cryptorefills-not-active-action = Inténtalo más tarde o elige otro producto.
problem-cryptorefills-invalid-beneficiary-account = El destinatario no corresponde al producto.
problem-cryptorefills-invalid-beneficiary-account-action = Usa un correo electrónico para tarjetas de regalo y eSIM, y un número de teléfono internacional (+14155551234) para recargas.
problem-cryptorefills-not-allowed-payment-via = Esta forma de pago no está permitida para el pedido.
problem-cryptorefills-not-allowed-payment-via-action = Elige una de las formas permitidas que aparecen abajo.
problem-cryptorefills-unsupported-protocol-coin-combination = Esta criptomoneda no se acepta en esta red.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Elige una de las combinaciones de criptomoneda y red que aparecen abajo.
problem-cryptorefills-login-required = Este producto requiere una cuenta de Cryptorefills con la sesión iniciada.
problem-cryptorefills-login-required-action = Cómpralo en cryptorefills.com con una cuenta whitelabel o elige otro producto.
problem-cryptorefills-coupon-requires-login = Este cupón requiere una cuenta de Cryptorefills con la sesión iniciada.
problem-cryptorefills-coupon-requires-login-action = Quita el cupón o canjéalo en cryptorefills.com.
problem-cryptorefills-coupon-not-found = El código del cupón no existe.
problem-cryptorefills-coupon-not-found-action = Revisa cómo está escrito o quita el cupón.
problem-cryptorefills-coupon-not-active = El cupón aún no está activo.
problem-cryptorefills-coupon-not-active-action = Quítalo o úsalo cuando entre en vigor.
problem-cryptorefills-coupon-already-spent = Esta cuenta ya usó el cupón.
problem-cryptorefills-coupon-already-spent-action = Quita el cupón.
problem-cryptorefills-coupon-max-usage-reached = El cupón alcanzó su número máximo de usos.
problem-cryptorefills-coupon-max-usage-reached-action = Quita el cupón.
problem-cryptorefills-coupon-expired = El cupón venció.
problem-cryptorefills-coupon-expired-action = Quita el cupón.
problem-cryptorefills-coupon-below-min-amount = El pedido no alcanza el monto mínimo del cupón.
problem-cryptorefills-coupon-below-min-amount-action = Agrega artículos o quita el cupón.
problem-cryptorefills-coupon-not-valid-for-user = El cupón no es válido para esta cuenta.
problem-cryptorefills-coupon-not-valid-for-user-action = Quita el cupón.
problem-cryptorefills-coupon-not-valid-for-category = El cupón no se aplica a estas categorías de productos.
problem-cryptorefills-coupon-not-valid-for-category-action = Quita el cupón o cambia los productos.
problem-cryptorefills-coupon-not-valid-for-kind = El cupón no se aplica a este tipo de producto.
problem-cryptorefills-coupon-not-valid-for-kind-action = Quita el cupón o cambia los productos.
problem-cryptorefills-coupon-not-valid-for-brand = El cupón no se aplica a estas marcas.
problem-cryptorefills-coupon-not-valid-for-brand-action = Quita el cupón o cambia las marcas.
problem-cryptorefills-coupon-not-valid-for-country = El cupón no es válido en este país.
problem-cryptorefills-coupon-not-valid-for-country-action = Quita el cupón.
problem-cryptorefills-coupon-not-valid-for-store = El cupón no es válido para esta tienda o región.
problem-cryptorefills-coupon-not-valid-for-store-action = Quita el cupón.
problem-cryptorefills-kyc-missing = Para este pedido, la cuenta debe verificar su identidad.
problem-cryptorefills-kyc-missing-action = Completa la verificación de identidad en tu cuenta de Cryptorefills y vuelve a intentarlo.
problem-cryptorefills-kyc-pending = La verificación de identidad está en curso.
problem-cryptorefills-kyc-pending-action = Espera a que termine (suele tardar 20 minutos, hasta 48 horas) y vuelve a intentarlo.
problem-cryptorefills-verification-required = Cryptorefills necesita una verificación adicional de esta cuenta.
problem-cryptorefills-verification-required-action = Contacta al soporte de Cryptorefills y vuelve a intentarlo.
problem-cryptorefills-fullname-missing = Para pagar con stablecoins en Tron, la cuenta debe tener registrado el nombre completo del titular.
problem-cryptorefills-fullname-missing-action = Agrega tu nombre completo en tu cuenta de Cryptorefills o paga en otra red.
problem-cryptorefills-invalid-email-domain = Cryptorefills no acepta el dominio de este correo electrónico.
problem-cryptorefills-invalid-email-domain-action = Usa una dirección de correo electrónico permanente.
problem-cryptorefills-suspended-coin = Esta criptomoneda está suspendida en Cryptorefills por ahora.
problem-cryptorefills-suspended-coin-action = Paga con otra criptomoneda.
problem-cryptorefills-suspended-network = Esta red está suspendida en Cryptorefills por ahora.
problem-cryptorefills-suspended-network-action = Paga en otra red.
problem-cryptorefills-order-not-found = Cryptorefills no tiene ningún pedido con este ID.
problem-cryptorefills-order-not-found-action = Revisa el ID del pedido.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = Cryptorefills rechazó el pedido.
problem-cryptorefills-other-action = Lee los detalles de abajo; vuelve a intentarlo o contacta al soporte de Cryptorefills.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } en { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = ;{" "}
