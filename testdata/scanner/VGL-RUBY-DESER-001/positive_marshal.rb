require "base64"

class CartsController < ApplicationController
  def show
    data = Base64.decode64(cookies[:cart])
    @cart = Marshal.load(data) # vigil:expect VGL-RUBY-DESER-001
  end
end
