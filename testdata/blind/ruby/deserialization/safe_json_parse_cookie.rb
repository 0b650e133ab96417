# frozen_string_literal: true

require "json"

class SafeCartsController < ApplicationController
  def show
    raw = cookies[:cart_state]
    items = raw ? JSON.parse(raw) : []
    @cart = Cart.new(items.is_a?(Array) ? items.first(50) : [])
    render :show
  end
end
