class OrdersController < ApplicationController
  include IdParam

  def show
    id = record_id(params[:id])
    @order = Order.where("id = #{id}").first
  end
end
